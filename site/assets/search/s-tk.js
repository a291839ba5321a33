(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-tk"]={"key":"tk","forms":{"tk":[0],"tkinstruct":[1]},"terms":[{"w":575,"p":"mGJ"},{"w":575,"p":"mGJ"}]};
