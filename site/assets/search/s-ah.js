(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ah"]={"key":"ah","forms":{"aha":[0],"ahead":[1]},"terms":[{"w":575,"p":"RT"},{"w":575,"p":"lHK"}]};
