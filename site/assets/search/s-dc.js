(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-dc"]={"key":"dc","forms":{"dclm":[0],"dcm":[1]},"terms":[{"w":575,"p":"oJK"},{"w":575,"p":"kUK"}]};
