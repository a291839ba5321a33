(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-pp"]={"key":"pp","forms":{"ppo":[0]},"terms":[{"w":445,"p":"jUJEKlQKhLJiPJ"},{"w":445,"p":"jUHEJlQHhLJiPH"}],"phrases":{"ppo":[{"t":1}]}};
